package cn.evpark.operator;

/** What a staff account may do. The names are the security groups (and roles) of the web module. */
public enum StaffRole {
  /** Runs the platform: sees and manages every operator. Belongs to no operator. */
  PLATFORM_ADMIN,
  /** Manages one operator's stations, piles, tariffs and staff. */
  OPERATOR_ADMIN,
  /** Reads one operator's pages; changes nothing. */
  OPERATOR_STAFF
}
