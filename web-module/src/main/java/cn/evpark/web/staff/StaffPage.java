package cn.evpark.web.staff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.operator.StaffAccountService;
import cn.evpark.operator.StaffDraft;
import cn.evpark.operator.StaffRole;
import cn.evpark.operator.StaffSummary;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 员工管理: the accounts an administrator manages (新增, 启用/停用, 重置密码, 解锁) and, for a platform
 * administrator, the operators (新增运营商).
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient StaffAccountService accounts;
  @EJB transient OperatorService operators;
  @Inject transient PageMessages feedback;

  private Long operatorId;
  private String username;
  private String displayName;
  private StaffRole role = StaffRole.OPERATOR_STAFF;
  private String password;
  private String operatorName;
  private Long resetId;
  private String newPassword;

  @PageAction
  public void create() {
    accounts.create(new StaffDraft(operatorId, username, displayName, role, password));
    feedback.info("staff.created", username);
    username = null;
    displayName = null;
    password = null;
  }

  @PageAction
  public void setEnabled(long id, boolean enabled) {
    accounts.setEnabled(id, enabled);
    feedback.info("staff.saved");
  }

  @PageAction
  public void unlock(long id) {
    accounts.unlock(id);
    feedback.info("staff.saved");
  }

  public void startReset(long id) {
    resetId = id;
    newPassword = null;
  }

  @PageAction
  public void resetPassword() {
    accounts.resetPassword(resetId, newPassword);
    feedback.info("staff.password.reset");
  }

  @PageAction
  public void createOperator() {
    operators.create(operatorName);
    feedback.info("operator.created", operatorName);
    operatorName = null;
  }

  public List<StaffSummary> getAccounts() {
    return accounts.list();
  }

  public List<Operator> getOperators() {
    return operators.listAll();
  }

  public StaffRole[] getRoles() {
    return StaffRole.values();
  }

  public String display(LocalDateTime utc) {
    return BusinessCalendar.display(utc);
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getOperatorName() {
    return operatorName;
  }

  public void setOperatorName(String operatorName) {
    this.operatorName = operatorName;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
