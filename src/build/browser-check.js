/*
 * Runs before the app, as a classic ES5 script, in every browser — also in the IE kernel of a
 * dual-core browser (360, QQ, 搜狗) and in Chromium kernels older than the supported floor
 * (package.json "browserslist"), where the app itself would leave an empty page. It shows the
 * page's built-in explanation (#browser-check) when an API the floor has is missing.
 */
(function () {
  var message = document.getElementById('browser-check');
  if (!message) return;
  var supported;
  try {
    supported =
      'noModule' in document.createElement('script') &&
      typeof Promise.any === 'function' &&
      typeof String.prototype.replaceAll === 'function' &&
      typeof Element.prototype.replaceChildren === 'function';
  } catch (_error) {
    supported = false;
  }
  if (!supported) message.removeAttribute('hidden');
})();
