package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit of waiting callers: the platform holds a batch until the test lets it go, so what is
 * submitted meanwhile is known to be queued ({@link GroupCommit#queued}) before it goes out.
 */
class GroupCommitTest {

  static final long SECONDS = 10;

  final ExecutorService callers = Executors.newCachedThreadPool();
  final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
  final CountDownLatch firstBatchIn = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  /** Answers n with "n", holding the first batch at {@link #release}. */
  final Function<List<Integer>, List<String>> holdingFirst =
      batch -> {
        batches.add(List.copyOf(batch));
        if (firstBatchIn.getCount() > 0) {
          firstBatchIn.countDown();
          await(release);
        }
        return batch.stream().map(String::valueOf).toList();
      };

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  @Test
  void aQuietPlatform_deliversEachItemAtOnceAndAlone() {
    GroupCommit<Integer, String> group = group(n -> List.of("answer " + n.get(0)), 10, 1);

    assertThat(group.submit(1, () -> true, "unwanted")).isEqualTo("answer 1");
    assertThat(group.submit(2, () -> true, "unwanted")).isEqualTo("answer 2");
  }

  @Test
  void itemsSubmittedWhileABatchIsOut_goTogetherInTheNext_atMostMaxBatch() throws Exception {
    GroupCommit<Integer, String> group = group(holdingFirst, 3, 1);
    Future<String> first = submit(group, 1);
    assertThat(firstBatchIn.await(SECONDS, TimeUnit.SECONDS)).isTrue();
    List<Future<String>> later = new ArrayList<>();
    for (int n = 2; n <= 6; n++) {
      later.add(submit(group, n));
      awaitQueued(group, n - 1);
    }

    release.countDown();

    assertThat(first.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("1");
    for (int i = 0; i < later.size(); i++) {
      assertThat(later.get(i).get(SECONDS, TimeUnit.SECONDS)).isEqualTo(String.valueOf(i + 2));
    }
    assertThat(batches).containsExactly(List.of(1), List.of(2, 3, 4), List.of(5, 6));
  }

  @Test
  void anItemNoLongerWantedWhenItsBatchForms_isAnsweredSo_andNotDelivered() throws Exception {
    GroupCommit<Integer, String> group = group(holdingFirst, 10, 1);
    Future<String> first = submit(group, 1);
    assertThat(firstBatchIn.await(SECONDS, TimeUnit.SECONDS)).isTrue();
    AtomicBoolean connected = new AtomicBoolean(true);
    Future<String> hungUp = callers.submit(() -> group.submit(2, connected::get, "hung up"));
    awaitQueued(group, 1);
    Future<String> third = submit(group, 3);
    awaitQueued(group, 2);
    connected.set(false);

    release.countDown();

    assertThat(first.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("1");
    assertThat(hungUp.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("hung up");
    assertThat(third.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("3");
    assertThat(batches).containsExactly(List.of(1), List.of(3));
  }

  @Test
  void aFailedBatch_isDeliveredAgainOneByOne_andOnlyTheBadItemFails() throws Exception {
    GroupCommit<Integer, String> group =
        group(
            batch -> {
              List<String> answers = holdingFirst.apply(batch);
              if (batch.contains(3)) {
                throw new IllegalArgumentException("no 3");
              }
              return answers;
            },
            10,
            1);
    Future<String> first = submit(group, 1);
    assertThat(firstBatchIn.await(SECONDS, TimeUnit.SECONDS)).isTrue();
    Future<String> two = submit(group, 2);
    awaitQueued(group, 1);
    Future<String> three = submit(group, 3);
    awaitQueued(group, 2);
    Future<String> four = submit(group, 4);
    awaitQueued(group, 3);

    release.countDown();

    assertThat(first.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("1");
    assertThat(two.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("2");
    assertThat(four.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("4");
    assertThatThrownBy(() -> three.get(SECONDS, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 3");
    assertThat(batches)
        .containsExactly(List.of(1), List.of(2, 3, 4), List.of(2), List.of(3), List.of(4));
  }

  @Test
  void anUnavailablePlatform_failsEveryItemOfTheBatch_withoutTryingThemAlone() {
    List<Integer> tried = new CopyOnWriteArrayList<>();
    GroupCommit<Integer, String> group =
        group(
            batch -> {
              tried.addAll(batch);
              throw new PlatformUnavailableException("no endpoint");
            },
            10,
            1);

    assertThatThrownBy(() -> group.submit(1, () -> true, "unwanted"))
        .isInstanceOf(PlatformUnavailableException.class)
        .hasMessage("no endpoint");
    assertThat(tried).containsExactly(1);
  }

  @Test
  void anItemStillQueuedAfterTheWait_givesUp_andIsNeverDelivered() throws Exception {
    GroupCommit<Integer, String> group =
        new GroupCommit<>("numbers", holdingFirst, 10, 1, Duration.ofMillis(50));
    Future<String> first = submit(group, 1);
    assertThat(firstBatchIn.await(SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> group.submit(2, () -> true, "unwanted"))
        .isInstanceOf(PlatformUnavailableException.class)
        .hasMessageContaining("numbers waited PT0.05S for the platform");
    assertThat(group.queued()).isZero();

    release.countDown();
    assertThat(first.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("1");
    assertThat(batches).containsExactly(List.of(1));
  }

  @Test
  void twoBatchesMayBeOutAtOnce_whenAllowed() throws Exception {
    CountDownLatch bothIn = new CountDownLatch(2);
    GroupCommit<Integer, String> group =
        group(
            batch -> {
              batches.add(List.copyOf(batch));
              bothIn.countDown();
              await(bothIn);
              return batch.stream().map(String::valueOf).toList();
            },
            10,
            2);

    Future<String> one = submit(group, 1);
    awaitBatches(1);
    Future<String> two = submit(group, 2);

    assertThat(one.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("1");
    assertThat(two.get(SECONDS, TimeUnit.SECONDS)).isEqualTo("2");
    assertThat(batches).containsExactlyInAnyOrder(List.of(1), List.of(2));
  }

  GroupCommit<Integer, String> group(
      Function<List<Integer>, List<String>> platform, int maxBatch, int concurrent) {
    return new GroupCommit<>(
        "numbers", platform, maxBatch, concurrent, Duration.ofSeconds(SECONDS));
  }

  Future<String> submit(GroupCommit<Integer, String> group, int n) {
    return callers.submit(() -> group.submit(n, () -> true, "unwanted"));
  }

  void awaitBatches(int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    while (batches.size() < count) {
      assertThat(System.nanoTime()).as("%d batches out", count).isLessThan(deadline);
      Thread.yield();
    }
  }

  static void awaitQueued(GroupCommit<?, ?> group, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    while (group.queued() < count) {
      assertThat(System.nanoTime()).as("%d items queued", count).isLessThan(deadline);
      Thread.yield();
    }
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released in " + SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
