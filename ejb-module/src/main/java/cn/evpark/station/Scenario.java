package cn.evpark.station;

/** Where a station is (场景选择): what drivers park there for. */
public enum Scenario {
  PUBLIC_PARKING,
  RESIDENTIAL,
  OFFICE,
  SHOPPING_MALL,
  HOTEL,
  HOSPITAL,
  SCENIC_AREA,
  TRANSPORT_HUB,
  HIGHWAY_SERVICE_AREA,
  FLEET_DEPOT,
  OTHER
}
