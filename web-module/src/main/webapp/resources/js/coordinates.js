/*
 * The station form's coordinate picker (经纬度, manual 3.1: a field with a location icon), on the
 * stations page with its dialog "coordinateDialog" and the map's settings (CoordinateMap).
 *
 * EvPark.coordinates.open(latitudeId, longitudeId) opens the map centred on the form's value, or on
 * China when it has none. A click puts the marker there and shows the point (WGS-84 degrees, 6
 * decimals, the form's precision); 确定 writes it into the two fields, which the form validates as
 * if typed. A point outside the range the form accepts (StationDetails: latitude 3.5 to 53.6,
 * longitude 73.4 to 135.1) is shown with that rule and cannot be taken.
 */
var EvPark = EvPark || {};

EvPark.coordinates = (function () {
  var CHINA = { center: [35.86, 104.2], zoom: 4 };
  var STATION_ZOOM = 16;
  var map;
  var marker;
  var picked;
  var fields;

  function element(id) {
    return document.getElementById(id);
  }

  function number(id) {
    var value = parseFloat(element(id).value);
    return isFinite(value) ? value : null;
  }

  function inChina(point) {
    return point.lat >= 3.5 && point.lat <= 53.6 && point.lng >= 73.4 && point.lng <= 135.1;
  }

  function round(point) {
    return { lat: point.lat.toFixed(6), lng: point.lng.toFixed(6) };
  }

  function show(point) {
    picked = point;
    var value = element('coordinateValue');
    var rule = element('coordinateRule');
    var take = PF('coordinateTake');
    if (!point) {
      value.textContent = value.dataset.none;
      rule.hidden = true;
      take.disable();
      return;
    }
    var shown = round(point);
    value.textContent = value.dataset.format.replace('{0}', shown.lat).replace('{1}', shown.lng);
    rule.hidden = inChina(point);
    if (inChina(point)) {
      take.enable();
    } else {
      take.disable();
    }
  }

  function place(point) {
    if (marker) {
      marker.setLatLng(point);
    } else {
      marker = L.marker(point).addTo(map);
    }
    show(point);
  }

  function createMap() {
    var container = element('coordinateMap');
    map = L.map(container);
    map.attributionControl.setPrefix('Leaflet');
    L.tileLayer(container.dataset.tiles, {
      maxZoom: 18,
      attribution: container.dataset.attribution
    }).addTo(map);
    map.on('click', function (event) {
      place(event.latlng.wrap());
    });
  }

  return {
    /** Opens the picker for the form's two fields (client ids). */
    open: function (latitudeId, longitudeId) {
      fields = { latitude: latitudeId, longitude: longitudeId };
      PF('coordinateDialog').show();
    },

    /** The dialog is shown: the map takes its size, then the form's value or China. */
    shown: function () {
      if (!map) {
        createMap();
      }
      map.invalidateSize();
      var lat = number(fields.latitude);
      var lng = number(fields.longitude);
      if (lat !== null && lng !== null) {
        var point = L.latLng(lat, lng);
        map.setView(point, STATION_ZOOM);
        place(point);
      } else {
        map.setView(CHINA.center, CHINA.zoom);
        if (marker) {
          marker.remove();
          marker = null;
        }
        show(null);
      }
    },

    /** 确定: the picked point into the form's fields, as typed. */
    take: function () {
      if (!picked || !inChina(picked)) {
        return;
      }
      var shown = round(picked);
      [[fields.latitude, shown.lat], [fields.longitude, shown.lng]].forEach(function (pair) {
        var input = element(pair[0]);
        input.value = pair[1];
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      PF('coordinateDialog').hide();
    }
  };
})();
