package cn.evpark.benefit;

import cn.evpark.shared.DomainException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A charging activity that has ended can be neither edited nor ended again (manual 7.4). */
@ApplicationException(rollback = true)
public class ActivityEndedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ActivityEndedException(String name) {
    super("activity.ended", "the activity has ended: " + name, List.of(name));
  }
}
