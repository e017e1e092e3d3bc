package cn.evpark.station;

import cn.evpark.shared.DomainException;

/** A station cannot be deleted once created; edit it instead. */
public class StationNotDeletableException extends DomainException {

  private static final long serialVersionUID = 1L;

  public StationNotDeletableException() {
    super("station.notDeletable", "a station cannot be deleted once created; edit it instead");
  }
}
