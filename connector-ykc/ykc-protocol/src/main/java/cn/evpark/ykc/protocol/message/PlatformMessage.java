package cn.evpark.ykc.protocol.message;

/** A message the platform sends: a downlink frame type (even codes). */
public sealed interface PlatformMessage extends YkcMessage
    permits BalanceUpdate,
        BillingModelReply,
        BillingModelSet,
        BillingModelVerifyReply,
        CardStartReply,
        GroundLockCommand,
        HeartbeatReply,
        LoginReply,
        OfflineCardClear,
        OfflineCardQuery,
        OfflineCardSync,
        ParallelRemoteStart,
        ParallelStartReply,
        QrPrefix,
        ReadRealTimeData,
        RemoteReboot,
        RemoteStart,
        RemoteStop,
        RemoteUpdate,
        TimeSync,
        TransactionRecordAck,
        WorkParameters {}
