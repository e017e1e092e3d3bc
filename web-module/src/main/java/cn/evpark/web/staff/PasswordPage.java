package cn.evpark.web.staff;

import cn.evpark.operator.StaffAccountService;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 修改密码: every account changes its own password with the current one. */
@Named
@RequestScoped
public class PasswordPage {

  @EJB StaffAccountService accounts;
  @Inject PageMessages feedback;

  private String current;
  private String password;
  private String repeated;

  @PageAction
  public void change() {
    if (password == null || !password.equals(repeated)) {
      feedback.error("password.mismatch");
      return;
    }
    accounts.changeOwnPassword(current, password);
    feedback.info("password.changed");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
