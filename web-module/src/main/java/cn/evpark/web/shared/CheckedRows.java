package cn.evpark.web.shared;

import cn.evpark.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An action of a list's toolbar on the rows checked in the list (the manual's lists with
 * checkboxes: 充电费 2.1.3 选中…点击【删除】, 电子卡管理 7.2). Each row is one service call of its own, so a row
 * the platform refuses stays as it was, named in a message with the refusal's reason, and the
 * others are done; the page's messages then say how many were done.
 */
@RequestScoped
public class CheckedRows {

  @Inject PageMessages feedback;
  @Inject Messages messages;

  /**
   * Applies {@code action} to each checked row.
   *
   * @param name the row as staff know it (a rule's name, a card's number), for a refusal's message
   * @param doneKey the page text saying how many rows were done, {@code {0}} their number
   * @return the rows the platform refused, to stay checked; none when nothing was checked (then the
   *     page says to check rows first)
   * @throws RuntimeException what the action threw that is not a refusal ({@link
   *     RefusalTexts#isRefusal}), at the row it happened, the rows before it done
   */
  public <T> List<T> apply(
      List<T> checked, Function<T, String> name, Consumer<T> action, String doneKey) {
    if (checked.isEmpty()) {
      feedback.error("table.checkFirst");
      return List.of();
    }
    List<T> refused = new ArrayList<>();
    for (T row : checked) {
      try {
        action.accept(row);
      } catch (RuntimeException thrown) {
        Throwable refusal = RefusalTexts.unwrap(thrown);
        if (!RefusalTexts.isRefusal(refusal)) {
          throw thrown;
        }
        refused.add(row);
        feedback.error(
            "table.rowRefused",
            name.apply(row),
            String.join("；", RefusalTexts.of(refusal, messages::find)));
      }
    }
    if (refused.size() < checked.size()) {
      feedback.info(doneKey, checked.size() - refused.size());
    }
    return refused;
  }
}
