/**
 * The `<script>` the preview server puts in the sidebar before the app's own code: a stand-in
 * for `google.script.run` and `google.script.host` that forwards calls to the offline runtime.
 *
 * google.script.run is a PLAIN object with one enumerable key per server function, so
 * `Object.keys(google.script.run)` lists them as a promise wrapper such as gas-client expects;
 * withSuccessHandler / withFailureHandler / withUserObject are non-enumerable and return a new
 * runner (https://developers.google.com/apps-script/guides/html/reference/run). Handlers are
 * called as `handler(value, userObject)`. At most 10 calls run at once (the limit the same page
 * documents); further ones wait.
 */

export function bridgeScript(functionNames: readonly string[]): string {
  const names = JSON.stringify(functionNames).replace(/</g, '\\u003c');
  return `<script>
(function () {
  'use strict';
  var FUNCTIONS = ${names};
  var MAX_CONCURRENT = 10;
  var active = 0;
  var queue = [];
  function pump() {
    while (active < MAX_CONCURRENT && queue.length > 0) {
      var job = queue.shift();
      active += 1;
      job().then(function () { active -= 1; pump(); });
    }
  }
  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) { return response.json(); });
  }
  function call(name, args, success, failure, userObject) {
    queue.push(function () {
      return post('/rpc', { fn: name, args: args }).then(function (reply) {
        if (reply.ok) {
          if (success) success(reply.value, userObject);
        } else {
          var error = new Error(reply.error.message);
          if (failure) failure(error, userObject);
          else console.error(error);
        }
      }, function (networkError) {
        var error = new Error('NetworkError: ' + networkError.message);
        if (failure) failure(error, userObject);
        else console.error(error);
      });
    });
    pump();
  }
  function runner(success, failure, userObject) {
    var run = {};
    Object.defineProperty(run, 'withSuccessHandler', {
      value: function (fn) { return runner(fn, failure, userObject); },
    });
    Object.defineProperty(run, 'withFailureHandler', {
      value: function (fn) { return runner(success, fn, userObject); },
    });
    Object.defineProperty(run, 'withUserObject', {
      value: function (object) { return runner(success, failure, object); },
    });
    FUNCTIONS.forEach(function (name) {
      run[name] = function () {
        call(name, Array.prototype.slice.call(arguments), success, failure, userObject);
      };
    });
    return run;
  }
  function hostCall(name) {
    return function () { post('/host', { call: name }); };
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: window.location.origin,
      close: hostCall('close'),
      setHeight: hostCall('setHeight'),
      setWidth: hostCall('setWidth'),
      editor: { focus: hostCall('editor.focus') },
    },
  };
})();
</script>`;
}

/** Puts `script` at the start of <head> (or before the first <script>, or at the top). */
export function injectBeforeApp(html: string, script: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + script + html.slice(at);
  }
  const firstScript = html.search(/<script/i);
  if (firstScript >= 0) return html.slice(0, firstScript) + script + html.slice(firstScript);
  return script + html;
}
