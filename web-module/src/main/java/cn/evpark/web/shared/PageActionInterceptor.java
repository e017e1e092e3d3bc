package cn.evpark.web.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * The one feedback path of the pages: a {@link PageAction} that a service refuses ends with the
 * refusal's messages, so page beans call services without {@code try}/{@code catch}.
 *
 * <p>Decided so (issue: one feedback path for pages): the exception carries its code and arguments,
 * {@link RefusalTexts} words it once for every page, and this interceptor puts the words where the
 * action says ({@link PageAction#messagesFor()}). An interceptor rather than a JSF {@code
 * ExceptionHandler}: it sees the exception before JSF wraps it, knows the action and its message
 * area, and leaves the action's view state as the page left it. Only refusals are reported; any
 * other exception is thrown on unchanged, to the error page and the log. A page still catches where
 * it does something different per outcome, and says why.
 */
@PageAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PageActionInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PageMessages messages;

  @AroundInvoke
  public Object reportRefusal(InvocationContext action) throws Exception {
    try {
      return action.proceed();
    } catch (Exception thrown) {
      Throwable cause = RefusalTexts.unwrap(thrown);
      if (!RefusalTexts.isRefusal(cause)) {
        throw thrown;
      }
      messages.refused(cause, messagesFor(action.getMethod()));
      return null;
    }
  }

  private static String messagesFor(Method method) {
    PageAction binding = method.getAnnotation(PageAction.class);
    if (binding == null) {
      binding = method.getDeclaringClass().getAnnotation(PageAction.class);
    }
    return binding == null || binding.messagesFor().isEmpty() ? null : binding.messagesFor();
  }
}
