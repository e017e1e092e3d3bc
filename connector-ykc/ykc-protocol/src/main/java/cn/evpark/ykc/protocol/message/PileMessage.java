package cn.evpark.ykc.protocol.message;

/** A message a pile sends: an uplink frame type (odd codes). */
public sealed interface PileMessage extends YkcMessage
    permits BalanceUpdateReply,
        BmsMessage,
        BillingModelRequest,
        BillingModelSetReply,
        BillingModelVerify,
        CardStartRequest,
        GroundLockResult,
        GroundLockStatus,
        Heartbeat,
        Login,
        OfflineCardClearReply,
        OfflineCardQueryReply,
        OfflineCardSyncReply,
        ParallelRemoteStartResult,
        ParallelStartRequest,
        QrPrefixReply,
        RealTimeData,
        RemoteRebootReply,
        RemoteStartResult,
        RemoteStopResult,
        RemoteUpdateReply,
        TimeSyncReply,
        TransactionBill,
        WorkParametersReply {}
