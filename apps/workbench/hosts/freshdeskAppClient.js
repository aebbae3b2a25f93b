// The test stand-in for the FDK's app client script ({{{appclient}}} in app/index.html): like the real one,
// a postMessage bridge from the app's iframe to the host page, which holds the client (hostPage.ts).
// `app.initialized()` resolves to an object with the documented methods (hosts/freshdesk.md §2).
(function () {
  var seq = 0;
  var pending = new Map();
  var handlers = [];
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent) return;
    var m = e.data || {};
    if (m.fdReply) {
      var p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(m.error);
    } else if (m.fdEvent) {
      var decision = 'none';
      var event = {
        type: m.name,
        helper: {
          getData: function () { return m.data; },
          done: function () { decision = 'done'; },
          fail: function () { decision = 'fail'; },
        },
      };
      Promise.resolve()
        .then(function () { return handlers[m.k](event); })
        .catch(function () {})
        .then(function () { window.parent.postMessage({ fdEventDone: m.eventId, decision: decision }, '*'); });
    }
  });
  function call(method, args) {
    return new Promise(function (resolve, reject) {
      var id = ++seq;
      pending.set(id, { resolve: resolve, reject: reject });
      window.parent.postMessage({ fdCall: method, id: id, args: JSON.parse(JSON.stringify(args)) }, '*');
    });
  }
  var client = {
    data: { get: function (name) { return call('data.get', [name]); } },
    iparams: { get: function (name) { return call('iparams.get', name === undefined ? [] : [name]); } },
    interface: { trigger: function (action, options) { return call('interface.trigger', [action, options]); } },
    request: { invokeTemplate: function (name, options) { return call('request.invokeTemplate', [name, options]); } },
    events: {
      on: function (name, callback, options) {
        handlers.push(callback);
        window.parent.postMessage({ fdCall: 'events.on', id: 0, args: [name, options || {}, handlers.length - 1] }, '*');
      },
    },
  };
  window.app = { initialized: function () { return Promise.resolve(client); } };
})();
