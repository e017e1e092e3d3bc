package cn.evpark.web.pile;

import cn.evpark.pile.RemoteCommand;
import cn.evpark.pile.RemoteCommandKind;
import cn.evpark.pile.RemoteCommandState;
import cn.evpark.web.shared.RefusalTexts;
import java.io.Serializable;
import java.util.List;

/**
 * One line of the pile list's 指令 area: which operation went to which pile, and where it is, in the
 * page's words. Pure, so the wording is tested without a container.
 *
 * @param pileCode the pile's 14 digits
 * @param operation the operation's label, as in the 更多 menu; a ground-lock command's with its gun,
 *     {@code 1号枪升锁}
 * @param outcome 已下发 while no answer is in, else the answer or the refusal
 * @param state the command's state, for the line's style
 */
public record RemoteCommandLine(
    String pileCode, String operation, String outcome, RemoteCommandState state)
    implements Serializable {

  /** The line of a recorded command, worded with the page's bundle. */
  public static RemoteCommandLine of(RemoteCommand command, RefusalTexts.Bundle bundle) {
    String code = command.getPileCodeValue();
    String outcome =
        switch (command.getState()) {
          case SENT -> text(bundle, "pile.command.sent", code);
          case ANSWERED -> text(bundle, doneKey(command.getKind()), code, gunOf(command));
          case FAILED ->
              RefusalTexts.ofCode(
                  command.getRefusal().orElseThrow(), List.of(code, gunOf(command)), bundle);
        };
    String operation = text(bundle, labelKey(command.getKind()));
    if (command.getGun().isPresent()) {
      operation = gunOf(command) + text(bundle, "pile.gun.suffix") + operation;
    }
    return new RemoteCommandLine(code, operation, outcome, command.getState());
  }

  /** The gun of a ground-lock command, else "". */
  private static String gunOf(RemoteCommand command) {
    return command.getGun().map(String::valueOf).orElse("");
  }

  /** Whether the pile has not answered yet. */
  public boolean sent() {
    return state == RemoteCommandState.SENT;
  }

  private static String labelKey(RemoteCommandKind kind) {
    return switch (kind) {
      case RESTART -> "pile.restart";
      case TIME_SYNC -> "pile.timeSync";
      case PILE_QR_PUSH -> "pile.qr.pushPile";
      case GUN_QR_PUSH -> "pile.qr.pushGuns";
      case LOCK_RAISE -> "pile.lock.raise";
      case LOCK_LOWER -> "pile.lock.lower";
    };
  }

  private static String doneKey(RemoteCommandKind kind) {
    return switch (kind) {
      case RESTART -> "pile.restart.done";
      case TIME_SYNC -> "pile.timeSync.done";
      case PILE_QR_PUSH, GUN_QR_PUSH -> "pile.qrPush.done";
      case LOCK_RAISE -> "pile.lock.raise.done";
      case LOCK_LOWER -> "pile.lock.lower.done";
    };
  }

  private static String text(RefusalTexts.Bundle bundle, String key, Object... arguments) {
    return bundle.find(key, arguments).orElse(key);
  }
}
