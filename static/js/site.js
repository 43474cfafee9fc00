/* The timeline's few behaviours beyond plain links and forms: actor type-ahead and dragging a
   period across the chart. Everything here is optional; the pages work without it. */
(function () {
  "use strict";

  function submitFilters(form) {
    if (window.htmx) {
      window.htmx.trigger(form, "submit");
    } else {
      form.requestSubmit();
    }
  }

  function chooseActor(form, input, option) {
    var list = form.querySelector("#actor-chosen");
    if (!list.querySelector('input[value="' + CSS.escape(option.value) + '"]')) {
      var item = document.createElement("li");
      var box = document.createElement("input");
      var label = document.createElement("label");
      box.type = "checkbox";
      box.name = "actor";
      box.value = option.value;
      box.checked = true;
      box.id = "f-actor-" + option.value;
      label.htmlFor = box.id;
      label.textContent = option.dataset.name || option.value;
      item.append(box, " ", label);
      list.append(item);
    }
    input.value = "";
    submitFilters(form);
  }

  function setUpTypeAhead(root) {
    var input = root.querySelector("#f-actor");
    if (!input || input.dataset.ready) return;
    input.dataset.ready = "1";
    var form = input.form;
    var options = root.querySelector("#actor-options");
    var timer = null;
    input.addEventListener("input", function () {
      var match = Array.prototype.find.call(options.options, function (option) {
        return option.value === input.value;
      });
      if (match) {
        chooseActor(form, input, match);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.trim().length < 2) return;
        fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(input.value), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) { return response.ok ? response.json() : { actors: [] }; })
          .then(function (data) {
            options.replaceChildren.apply(options, data.actors.map(function (actor) {
              var option = document.createElement("option");
              option.value = actor.slug;
              option.dataset.name = actor.name;
              option.label = actor.name + (actor.country ? " (" + actor.country + ")" : "");
              return option;
            }));
          });
      }, 150);
    });
  }

  function setUpChart(root) {
    var chart = root.querySelector("#chart");
    if (!chart || chart.dataset.ready) return;
    chart.dataset.ready = "1";
    var start = null;
    var dragged = false;
    chart.addEventListener("pointerdown", function (event) {
      var bar = event.target.closest("a.bar");
      if (!bar) return;
      start = bar;
      dragged = false;
      event.preventDefault();
    });
    chart.addEventListener("pointerover", function (event) {
      var bar = event.target.closest("a.bar");
      if (start && bar && bar !== start) {
        dragged = true;
        mark(chart, start, bar);
      }
    });
    chart.addEventListener("pointerup", function (event) {
      var bar = event.target.closest("a.bar");
      if (!start || !bar) { start = null; return; }
      var first = start.dataset.from < bar.dataset.from ? start : bar;
      var last = first === start ? bar : start;
      start = null;
      if (!dragged) return;
      event.preventDefault();
      var url = new URL(bar.getAttribute("href"), window.location.href);
      url.searchParams.set("date_from", first.dataset.from);
      url.searchParams.set("date_to", last.dataset.to);
      go(url.toString());
    });
    chart.addEventListener("click", function (event) {
      var bar = event.target.closest("a.bar");
      if (!bar) return;
      event.preventDefault();
      if (!dragged) go(new URL(bar.getAttribute("href"), window.location.href).toString());
      dragged = false;
    });
  }

  function mark(chart, from, to) {
    var low = from.dataset.from < to.dataset.from ? from.dataset.from : to.dataset.from;
    var high = from.dataset.from < to.dataset.from ? to.dataset.from : from.dataset.from;
    chart.querySelectorAll("a.bar").forEach(function (bar) {
      bar.classList.toggle("selected", bar.dataset.from >= low && bar.dataset.from <= high);
    });
  }

  function go(url) {
    if (window.htmx) {
      window.htmx.ajax("GET", url, { target: "#page", select: "#page", swap: "outerHTML" }).then(function () {
        window.history.pushState({ htmx: true }, "", url);
      });
    } else {
      window.location.assign(url);
    }
  }

  function foldFiltersOnPhones(root) {
    var box = root.querySelector("#filter-box");
    if (box && !box.dataset.ready && window.matchMedia("(max-width: 52rem)").matches) {
      box.dataset.ready = "1";
      if (!box.querySelector('input:checked:not([name="ordering"])') && !new URLSearchParams(window.location.search).toString()) {
        box.open = false;
      }
    }
  }

  function setUp(root) {
    foldFiltersOnPhones(root);
    setUpTypeAhead(root);
    setUpChart(root);
  }

  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:load", function (event) { setUp(event.target); });
})();
