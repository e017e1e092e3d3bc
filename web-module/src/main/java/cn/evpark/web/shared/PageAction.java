package cn.evpark.web.shared;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A page action whose refusals the page shows as messages: a {@link
 * cn.evpark.shared.DomainException} or invalid input thrown by the services it calls ends the
 * action with the refusal's text instead of an error page (see {@link PageActionInterceptor}). The
 * action returns {@code void}, or an outcome that is {@code null} (stay on the page) when refused.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface PageAction {

  /**
   * The client id of the message area the refusal goes to, e.g. a dialog's {@code
   * editor:editorMessages}; empty for the page's own messages.
   */
  @Nonbinding
  String messagesFor() default "";
}
