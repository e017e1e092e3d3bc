package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x94 remote update over FTP (platform → pile), body 94 ({@code ykc-protocol.md §8.4}): answered
 * by {@link RemoteUpdateReply}. The 16-byte address limits the server to an IPv4 literal or a short
 * host name.
 *
 * @param pileCode the pile
 * @param pileType pile model the program is for
 * @param powerKw pile power, kW
 * @param serverAddress FTP server address
 * @param serverPort FTP server port
 * @param username FTP user name
 * @param password FTP password
 * @param filePath file path on the server
 * @param control now or when idle
 * @param downloadTimeoutMinutes download timeout, minutes
 */
public record RemoteUpdate(
    PileCode pileCode,
    UpdatePileType pileType,
    int powerKw,
    String serverAddress,
    int serverPort,
    String username,
    String password,
    String filePath,
    ExecutionControl control,
    int downloadTimeoutMinutes)
    implements PlatformMessage, PileScoped {

  public RemoteUpdate {
    Fields.present(pileCode, "pileCode");
    Fields.present(pileType, "pileType");
    Fields.u16(powerKw, "powerKw");
    Fields.text(serverAddress, 16, "serverAddress");
    Fields.u16(serverPort, "serverPort");
    Fields.text(username, 16, "username");
    Fields.text(password, 16, "password");
    Fields.text(filePath, 32, "filePath");
    Fields.present(control, "control");
    Fields.u8(downloadTimeoutMinutes, "downloadTimeoutMinutes");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_UPDATE;
  }

  static RemoteUpdate read(BodyReader in) {
    return new RemoteUpdate(
        in.pileCode(),
        in.code(UpdatePileType.class),
        in.u16(),
        in.ascii(16),
        in.u16(),
        in.ascii(16),
        in.ascii(16),
        in.ascii(32),
        in.code(ExecutionControl.class),
        in.u8());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(pileType);
    out.u16(powerKw);
    out.ascii(serverAddress, 16);
    out.u16(serverPort);
    out.ascii(username, 16);
    out.ascii(password, 16);
    out.ascii(filePath, 32);
    out.code(control);
    out.u8(downloadTimeoutMinutes);
  }
}
