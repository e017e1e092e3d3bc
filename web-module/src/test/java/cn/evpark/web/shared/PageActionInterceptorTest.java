package cn.evpark.web.shared;

import static cn.evpark.web.shared.Refusals.invalid;
import static cn.evpark.web.shared.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.PileOfflineException;
import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJBException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageActionInterceptorTest {

  /** The actions of a page, as a page bean declares them. */
  static class Page {
    @PageAction
    public void onPage() {}

    @PageAction(messagesFor = "editor:editorMessages")
    public void inDialog() {}
  }

  /** A refusal reported: where, and what. */
  record Reported(String clientId, Throwable refusal) {}

  private final List<Reported> reported = new ArrayList<>();
  private final PageActionInterceptor interceptor = new PageActionInterceptor();

  @BeforeEach
  void reportInto() {
    interceptor.messages =
        new PageMessages() {
          @Override
          public void refused(Throwable refusal, String clientId) {
            reported.add(new Reported(clientId, refusal));
          }
        };
  }

  @Test
  void reportRefusal_domainException_goesToThePagesMessagesOnce() throws Exception {
    DomainException refused = refusal("station.notDeletable");

    Object outcome = interceptor.reportRefusal(action("onPage", () -> thrown(refused)));

    assertThat(outcome).isNull();
    assertThat(reported).containsExactly(new Reported(null, refused));
  }

  @Test
  void reportRefusal_inADialog_goesToTheMessageAreaTheActionNames() throws Exception {
    DomainException refused = refusal("tariff.standard.name.taken");

    interceptor.reportRefusal(action("inDialog", () -> thrown(refused)));

    assertThat(reported).containsExactly(new Reported("editor:editorMessages", refused));
  }

  @Test
  void reportRefusal_invalidInputWrappedByTheContainer_isReportedUnwrapped() throws Exception {
    var invalid = invalid("create.arg1.contactPhone");

    interceptor.reportRefusal(action("onPage", () -> thrown(new EJBException(invalid))));

    assertThat(reported).containsExactly(new Reported(null, invalid));
  }

  @Test
  void reportRefusal_failedPileCommand_isReportedAsTheDomainsException() throws Exception {
    var offline = new PileOfflineException(PileCode.of("32010200000001"), "offline");

    interceptor.reportRefusal(action("onPage", () -> thrown(new ExecutionException(offline))));

    assertThat(reported).containsExactly(new Reported(null, offline));
  }

  @Test
  void reportRefusal_anythingElse_isThrownOnAndNotReported() {
    EJBException broken = new EJBException(new IllegalStateException("database down"));

    assertThatThrownBy(() -> interceptor.reportRefusal(action("onPage", () -> thrown(broken))))
        .isSameAs(broken);
    assertThat(reported).isEmpty();
  }

  @Test
  void reportRefusal_success_returnsTheOutcomeAndReportsNothing() throws Exception {
    assertThat(interceptor.reportRefusal(action("onPage", () -> "done"))).isEqualTo("done");
    assertThat(reported).isEmpty();
  }

  private static Object thrown(Exception e) throws Exception {
    throw e;
  }

  /** The call of a page's action that runs {@code body}. */
  private static InvocationContext action(String name, Callable<Object> body)
      throws NoSuchMethodException {
    Method method = Page.class.getMethod(name);
    return (InvocationContext)
        Proxy.newProxyInstance(
            InvocationContext.class.getClassLoader(),
            new Class<?>[] {InvocationContext.class},
            (proxy, called, args) ->
                switch (called.getName()) {
                  case "getMethod" -> method;
                  case "proceed" -> body.call();
                  default -> throw new UnsupportedOperationException(called.getName());
                });
  }
}
