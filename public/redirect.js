// Used by alias pages: go to the canonical code page, keeping ?query and #hash (meta refresh would drop them).
(function () {
  var script = document.currentScript;
  var to = script && script.getAttribute('data-to');
  if (to && /^\/errors\/[A-Za-z0-9.]+\/$/.test(to)) location.replace(to + location.search + location.hash);
})();
