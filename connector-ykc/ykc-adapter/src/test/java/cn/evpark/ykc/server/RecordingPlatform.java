package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A platform that records what it is handed, in order, and answers as the test says. */
final class RecordingPlatform implements Platform {

  /** Message types and session kinds, in the order they were handed over. */
  final List<String> timeline = new ArrayList<>();

  final List<PileEvent> messages = new ArrayList<>();
  final List<PileSessionEvent> sessions = new ArrayList<>();
  final List<List<PileEvent>> realTimeBatches = new ArrayList<>();
  final List<List<PileEvent>> recordBatches = new ArrayList<>();
  Function<PileEvent, Optional<PlatformMessage>> answers = event -> Optional.empty();
  RuntimeException failure;

  @Override
  public synchronized Optional<PlatformMessage> handle(PileEvent event) {
    failIfAsked();
    messages.add(event);
    timeline.add(event.message().type().toString());
    return answers.apply(event);
  }

  @Override
  public synchronized List<Optional<PlatformMessage>> logins(List<PileEvent> batch) {
    return batch.stream().map(this::handle).toList();
  }

  @Override
  public synchronized void sessionEvents(List<PileSessionEvent> batch) {
    failIfAsked();
    for (PileSessionEvent event : batch) {
      sessions.add(event);
      timeline.add(event.kind().toString());
    }
  }

  @Override
  public synchronized void realTimeData(List<PileEvent> batch) {
    failIfAsked();
    realTimeBatches.add(List.copyOf(batch));
  }

  @Override
  public synchronized List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch) {
    failIfAsked();
    recordBatches.add(List.copyOf(batch));
    batch.forEach(event -> timeline.add(event.message().type().toString()));
    return batch.stream().map(answers).toList();
  }

  private void failIfAsked() {
    if (failure != null) {
      throw failure;
    }
  }
}
