/*
 * Typed input kept across an expired session (issue 18), for every dialog of every admin page;
 * loaded by the layout (WEB-INF/templates/admin.xhtml) after admin.js.
 *
 * Keeping. When an ajax request is answered with the redirect to the login page (the session timed
 * out, StaffAuthenticationMechanism), the open dialog whose form was typed into (the first, when
 * several are) is kept in the tab's sessionStorage: the value typed into each field, the value the
 * server had rendered into it, and how the dialog was opened (the clicked button's id and, in a
 * table, its row's key).
 *
 * Offering. Back on the same page after logging in, a notice offers it once: 继续填写 clicks the
 * same button again (in the row with the same key) and, only when the dialog renders exactly what
 * it rendered before (every kept field's rendered value equal: the same record, unchanged), writes
 * the typed values back, one field at a time (a select whose change reloads the next waits for
 * it). Anything else (another record, the record changed meanwhile, the row gone) is said and
 * nothing is written: a kept edit never turns into a create or into an edit of another record.
 * Nothing is sent to the server; the user still checks and confirms (确定).
 */
var EvPark = EvPark || {};

EvPark.drafts = (function () {
  var KEY = 'evpark.draft';
  var lastClick = null;
  var openers = {};

  function texts() {
    var element = document.getElementById('draftTexts');
    return element ? element.dataset : null;
  }

  /** A form's fields as {name: value}: what the user can type or choose, never the view state. */
  function fields(form, rendered) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      var name = el.name;
      if (!name || name.indexOf('jakarta.faces.') === 0 || el.readOnly || el.disabled) {
        return;
      }
      var type = (el.type || '').toLowerCase();
      if (type === 'hidden' || type === 'password' || type === 'file' || type === 'submit'
          || type === 'button') {
        return;
      }
      if (type === 'checkbox' || type === 'radio') {
        values[name + '=' + el.value] = rendered ? el.defaultChecked : el.checked;
      } else if (el.tagName === 'SELECT') {
        values[name] = Array.prototype.filter.call(el.options, function (option) {
          return rendered ? option.defaultSelected : option.selected;
        }).map(function (option) {
          return option.value;
        }).join('\n');
      } else {
        var raw = rawInput(el);
        values[name] = rendered ? raw.defaultValue : raw.value;
      }
    });
    return values;
  }

  /** The plain number behind a formatted p:inputNumber (its hidden "_hinput"), else the field. */
  function rawInput(el) {
    var hidden = el.id && el.id.endsWith('_input')
      && document.getElementById(el.id.substring(0, el.id.length - 6) + '_hinput');
    return hidden || el;
  }

  function widgetOf(el) {
    return el.id && el.id.endsWith('_input')
      ? PrimeFaces.getWidgetById(el.id.substring(0, el.id.length - 6)) : null;
  }

  function changed(rendered, typed) {
    return Object.keys(typed).some(function (name) {
      return typed[name] !== rendered[name];
    });
  }

  function visible(element) {
    return element.getClientRects().length > 0;
  }

  function openDialogs() {
    return Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'), function (d) {
      return visible(d) && d.querySelector('form');
    });
  }

  /** The open dialogs typed into, kept before the browser leaves for the login page. */
  function keep() {
    var kept = openDialogs().map(function (dialog) {
      var form = dialog.querySelector('form');
      var rendered = fields(form, true);
      var typed = fields(form, false);
      if (!changed(rendered, typed) || !openers[dialog.id]) {
        return null;
      }
      var title = dialog.querySelector('.ui-dialog-title');
      return {
        dialog: dialog.id,
        title: title ? title.textContent : '',
        opener: openers[dialog.id],
        rendered: rendered,
        typed: typed
      };
    }).filter(Boolean);
    if (kept.length) {
      sessionStorage.setItem(KEY, JSON.stringify({ page: location.pathname, draft: kept[0] }));
    }
  }

  /** What was clicked last: the opener of the dialog that shows next. */
  function remember(event) {
    var target = event.target.closest && event.target.closest('a[id], button[id]');
    if (!target || target.closest('.ui-dialog')) {
      return;
    }
    var row = target.closest('tr[data-rk]');
    var table = row && row.closest('.ui-datatable[id]');
    lastClick = {
      id: target.id,
      table: table ? table.id : null,
      rowKey: row ? row.dataset.rk : null,
      suffix: row ? target.id.substring(target.id.lastIndexOf(':')) : null
    };
  }

  function findOpener(opener) {
    if (!opener.rowKey) {
      return document.getElementById(opener.id);
    }
    var table = document.getElementById(opener.table);
    var row = table && Array.prototype.find.call(table.querySelectorAll('tr[data-rk]'),
      function (tr) {
        return tr.dataset.rk === opener.rowKey;
      });
    return row && Array.prototype.find.call(row.querySelectorAll('a[id], button[id]'),
      function (el) {
        return el.id.endsWith(opener.suffix);
      });
  }

  function idle() {
    return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();
  }

  /** Calls next once the condition holds (checked every 100 ms), or fail after 10 s. */
  function when(condition, next, fail) {
    var started = Date.now();
    (function check() {
      if (condition()) {
        next();
      } else if (Date.now() - started > 10000) {
        fail();
      } else {
        setTimeout(check, 100);
      }
    })();
  }

  function element(name) {
    var parts = name.split('=');
    if (parts.length > 1) {
      return document.querySelector('[name="' + CSS.escape(parts[0]) + '"][value="'
        + CSS.escape(parts.slice(1).join('=')) + '"]');
    }
    return document.querySelector('[name="' + CSS.escape(name) + '"]');
  }

  /** One field's typed value, through its PrimeFaces widget when it has one. */
  function write(name, value) {
    var el = element(name);
    if (!el) {
      return;
    }
    var widget = widgetOf(el);
    if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.checked !== value) {
        // PrimeFaces draws its own box beside the hidden native input; a click on it toggles both
        var box = el.closest('.ui-chkbox, .ui-radiobutton');
        box = box && box.querySelector('.ui-chkbox-box, .ui-radiobutton-box');
        (box || el).click();
      }
    } else if (widget && widget.setValue && rawInput(el) !== el) {
      widget.setValue(value);
    } else if (el.tagName === 'SELECT' && widget && widget.selectValue) {
      widget.selectValue(value); // silent: the change (and its ajax, e.g. the next select's items)
      widget.input[0].dispatchEvent(new Event('change'));
    } else if (el.tagName === 'SELECT') {
      Array.prototype.forEach.call(el.options, function (option) {
        option.selected = value.split('\n').indexOf(option.value) >= 0;
      });
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function restore(draft, done) {
    var names = Object.keys(draft.typed).filter(function (name) {
      return draft.typed[name] !== draft.rendered[name];
    });
    (function next(i) {
      if (i === names.length) {
        done();
        return;
      }
      write(names[i], draft.typed[names[i]]);
      when(idle, function () {
        next(i + 1);
      }, done);
    })(0);
  }

  function notice(text, actions) {
    var bar = document.getElementById('draftNotice');
    bar.hidden = false;
    bar.querySelector('.draft-text').textContent = text;
    bar.querySelector('.draft-actions').hidden = !actions;
  }

  function resume(draft, t) {
    var opener = findOpener(draft.opener);
    if (!opener) {
      notice(t.changed, false);
      return;
    }
    opener.click();
    var dialog = function () {
      return document.getElementById(draft.dialog);
    };
    when(function () {
      return idle() && dialog() && visible(dialog());
    }, function () {
      var form = dialog().querySelector('form');
      var now = fields(form, true);
      var same = form && Object.keys(draft.rendered).every(function (name) {
        return now[name] === draft.rendered[name];
      });
      if (!same) {
        notice(t.changed, false);
        return;
      }
      restore(draft, function () {
        notice(t.restored, false);
      });
    }, function () {
      notice(t.changed, false);
    });
  }

  /** After the login: the kept input of this page, offered once. */
  function offer() {
    var kept = sessionStorage.getItem(KEY);
    var t = texts();
    if (!kept || !t) {
      return;
    }
    sessionStorage.removeItem(KEY);
    var saved = JSON.parse(kept);
    if (saved.page !== location.pathname) {
      return;
    }
    var bar = document.getElementById('draftNotice');
    notice(t.kept.replace('{0}', saved.draft.title), true);
    bar.querySelector('.draft-resume').addEventListener('click', function () {
      bar.querySelector('.draft-actions').hidden = true;
      resume(saved.draft, t);
    });
    bar.querySelector('.draft-discard').addEventListener('click', function () {
      bar.hidden = true;
    });
  }

  function install() {
    if (!window.PrimeFaces || PrimeFaces.evparkDrafts) {
      return;
    }
    PrimeFaces.evparkDrafts = true;
    document.addEventListener('click', remember, true);
    var show = PrimeFaces.widget.Dialog.prototype.show;
    PrimeFaces.widget.Dialog.prototype.show = function () {
      if (lastClick) {
        openers[this.id] = lastClick;
      }
      return show.apply(this, arguments);
    };
    var redirect = PrimeFaces.ajax.ResponseProcessor.doRedirect;
    PrimeFaces.ajax.ResponseProcessor.doRedirect = function (node) {
      var url = node.getAttribute('url') || '';
      if (url.indexOf('/login.xhtml') >= 0) {
        keep();
      }
      return redirect.apply(this, arguments);
    };
    offer();
  }

  return { install: install };
})();

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', EvPark.drafts.install);
} else {
  EvPark.drafts.install();
}
