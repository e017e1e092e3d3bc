/*
 * What every admin page does in the browser, loaded by the layout (WEB-INF/templates/admin.xhtml),
 * so a page gets it by using the layout (issue 18, docs/architecture.md "Admin pages").
 *
 * Double submits. A button's ajax request is sent at most once at a time: a second click while the
 * first is queued or in flight (PrimeFaces disables a button only once its request leaves the
 * queue, e.g. after a table's refresh) is dropped. A form submitted without ajax is submitted once;
 * a button marked "download" (an export, whose answer is a file and leaves the page as it is)
 * stays usable.
 *
 * Pagers. EvPark.labelPagers() writes the manual's labels beside each table's page size and page
 * input (TablePager).
 *
 * Self-refreshing values. EvPark.live(args) writes the values a refresh sent (callback parameter
 * "live": {key: {text, css}}, LiveValues) into the elements marked data-live="key", leaving the
 * table, its open menus and dialogs as they are.
 */
var EvPark = EvPark || {};

(function () {
  var pending = {};

  function sourceId(cfg) {
    var source = cfg.source;
    if (source && typeof source !== 'string') {
      source = source.id;
    }
    return source;
  }

  function isButton(id) {
    var element = id && document.getElementById(id);
    return !!element && (element.tagName === 'BUTTON' || element.tagName === 'A');
  }

  EvPark.guardAjax = function () {
    if (!window.PrimeFaces || PrimeFaces.ajax.Request.evparkGuarded) {
      return;
    }
    var handle = PrimeFaces.ajax.Request.handle;
    PrimeFaces.ajax.Request.handle = function (cfg, ext) {
      var id = sourceId(cfg);
      if (!isButton(id)) {
        return handle.call(this, cfg, ext);
      }
      if (pending[id]) {
        return undefined;
      }
      pending[id] = true;
      var oncomplete = cfg.oncomplete;
      cfg.oncomplete = function () {
        delete pending[id];
        return oncomplete ? oncomplete.apply(this, arguments) : undefined;
      };
      return handle.call(this, cfg, ext);
    };
    PrimeFaces.ajax.Request.evparkGuarded = true;
  };

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    if (button && button.classList.contains('download')) {
      return;
    }
    if (form.dataset.submitted) {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
  }, true);

  // A page restored from the back-forward cache may be submitted again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitted]').forEach(function (form) {
      delete form.dataset.submitted;
    });
  });

  EvPark.live = function (args) {
    if (!args || !args.live) {
      return;
    }
    var values = typeof args.live === 'string' ? JSON.parse(args.live) : args.live;
    Object.keys(values).forEach(function (key) {
      var element = document.querySelector('[data-live="' + key + '"]');
      var value = values[key];
      if (!element) {
        return;
      }
      if (element.textContent !== value.text) {
        element.textContent = value.text;
      }
      if (value.css !== undefined && element.className !== value.css) {
        element.className = value.css;
      }
    });
  };

  /*
   * The pager's labels (TablePager): "10条/页" for each page size, "前往 [N] 页" around the page
   * input; the texts come from the layout's #pagerTexts. Done again after each ajax update, which
   * renders a table's pager anew.
   */
  EvPark.labelPagers = function () {
    var texts = document.getElementById('pagerTexts');
    if (!texts) {
      return;
    }
    document.querySelectorAll('.ui-paginator-rpp-options option').forEach(function (option) {
      if (!option.dataset.labelled) {
        option.textContent = texts.dataset.size.replace('{0}', option.value);
        option.dataset.labelled = 'true';
      }
    });
    document.querySelectorAll('input.ui-paginator-jtp-input').forEach(function (input) {
      if (input.dataset.labelled) {
        return;
      }
      var parts = texts.dataset.jump.split('{0}');
      var before = document.createElement('span');
      before.className = 'pager-jump-label';
      before.textContent = parts[0];
      var after = document.createElement('span');
      after.className = 'pager-jump-label';
      after.textContent = parts.length > 1 ? parts[1] : '';
      input.parentNode.insertBefore(before, input);
      input.parentNode.insertBefore(after, input.nextSibling);
      input.dataset.labelled = 'true';
    });
  };

  document.addEventListener('DOMContentLoaded', EvPark.labelPagers);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      EvPark.labelPagers();
    });
  }
})();

EvPark.guardAjax();
