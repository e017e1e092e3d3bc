package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelSet;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import java.util.Optional;

/**
 * The billing model the pile charges by ({@code ykc-protocol.md §11.5}): after each login it
 * verifies its model number (0x05/0x06) and, on a mismatch or none, requests the model (0x09/0x0A),
 * each step re-sent every reply timeout until answered; a model set by the platform (0x58) is taken
 * and confirmed (0x57). Kept across reconnects.
 *
 * <p>Runs on: the pile's event loop.
 */
final class BillingModels implements Capability {

  private enum State {
    VERIFYING,
    REQUESTING,
    READY
  }

  private final SimulatorConfig config;
  private final PileCode code;
  private final PileLink link;
  private State state = State.VERIFYING;
  private BillingModel model;
  private BillingModelNumber number = BillingModelNumber.NONE;

  BillingModels(SimulatorConfig config, PileCode code, PileLink link) {
    this.config = config;
    this.code = code;
    this.link = link;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        BillingModelVerifyReply.class,
        (frame, reply) -> {
          if (state == State.VERIFYING) {
            state = reply.consistent() && model != null ? State.READY : State.REQUESTING;
            advance();
          }
        });
    downlink.on(BillingModelReply.class, (frame, reply) -> take(reply.model()));
    downlink.on(
        BillingModelSet.class,
        (frame, set) -> {
          take(set.model());
          link.reply(frame, new BillingModelSetReply(code, true));
        });
  }

  @Override
  public void loggedIn(ConnectionTasks tasks) {
    state = State.VERIFYING;
    advance();
    tasks.every(this::advance, config.replyTimeout().toMillis());
  }

  /** The model the pile holds, if it has one yet. */
  Optional<BillingModel> model() {
    return Optional.ofNullable(model);
  }

  private void take(BillingModel given) {
    model = given;
    number = given.number();
    state = State.READY;
  }

  /** Sends the next step of verify/request until the pile holds the platform's model. */
  private void advance() {
    switch (state) {
      case VERIFYING -> link.send(new BillingModelVerify(code, number));
      case REQUESTING -> link.send(new BillingModelRequest(code));
      case READY -> {}
    }
  }
}
