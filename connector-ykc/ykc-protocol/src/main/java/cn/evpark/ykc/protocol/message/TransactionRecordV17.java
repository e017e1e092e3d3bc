package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 0x3D transaction record of V1.7 (pile → platform), body 201: the 0x3B body with the energy
 * meter's 43 bytes ({@link MeterReport}) after the end time ({@code docs/ykc-versions.md}). A V1.7
 * pile sends it where earlier versions send 0x3B; it is answered by the same 0x40 and settled as a
 * 0x3B, once per pile and serial.
 *
 * <pre>
 *   off  len
 *    0   38   serial, pile code, gun, start time, end time    (as 0x3B 0..37)
 *   38   43   meter number, ciphertext, meter protocol version, encryption method
 *   81  120   tier usages .. physical card                      (as 0x3B 38..157)
 * </pre>
 *
 * @param bill the fields a 0x3B has, at their 0x3B meaning and scale
 * @param meter the meter's part
 */
public record TransactionRecordV17(TransactionRecord bill, MeterReport meter)
    implements TransactionBill {

  public TransactionRecordV17 {
    Fields.present(bill, "bill");
    Fields.present(meter, "meter");
  }

  @Override
  public PileCode pileCode() {
    return bill.pileCode();
  }

  @Override
  public int gun() {
    return bill.gun();
  }

  @Override
  public FrameType type() {
    return FrameType.TRANSACTION_RECORD_V17;
  }

  static TransactionRecordV17 read(BodyReader in) {
    AtomicReference<MeterReport> meter = new AtomicReference<>();
    TransactionRecord bill =
        TransactionRecord.read(in, between -> meter.set(MeterReport.read(between)));
    return new TransactionRecordV17(bill, meter.get());
  }

  @Override
  public void writeBody(BodyWriter out) {
    bill.writeBody(out, between -> meter.write(between));
  }
}
