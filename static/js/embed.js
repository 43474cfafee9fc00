/* Starts TimelineJS on the embed page with the slides the server rendered into the page.
   Without TimelineJS (or without JavaScript) the plain list below stays visible. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var element = document.getElementById("timeline-embed");
    var source = document.getElementById("timeline-data");
    if (!element || !source || !window.TL) return;
    var data = JSON.parse(source.textContent);
    new window.TL.Timeline(element, data, {
      script_path: element.dataset.scriptPath,
      language: element.dataset.language,
      hash_bookmark: false,
      start_at_end: true,
      timenav_height_percentage: 35,
      timenav_position: "bottom",
      font: null,
    });
    document.getElementById("embed-fallback").hidden = true;
  });
})();
