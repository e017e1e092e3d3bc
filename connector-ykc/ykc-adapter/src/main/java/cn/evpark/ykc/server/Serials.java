package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.ParallelRemoteStart;
import cn.evpark.ykc.protocol.message.ParallelRemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.YkcMessage;
import java.util.Optional;

/** The transaction serial of the commands and replies that carry one. */
final class Serials {

  private Serials() {}

  static Optional<TransactionSerial> of(YkcMessage message) {
    if (message instanceof RemoteStart m) {
      return Optional.of(m.transactionSerial());
    }
    if (message instanceof RemoteStartResult m) {
      return Optional.of(m.transactionSerial());
    }
    if (message instanceof ParallelRemoteStart m) {
      return Optional.of(m.transactionSerial());
    }
    if (message instanceof ParallelRemoteStartResult m) {
      return Optional.of(m.transactionSerial());
    }
    return Optional.empty();
  }
}
