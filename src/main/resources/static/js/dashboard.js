/*
 * The home page's dashboard charts, drawn with ECharts from the JSON blocks the server writes next to each chart.
 * Loaded as a file, never inline: the Content-Security-Policy allows scripts from the app only.
 */
(function () {
  'use strict';
  var drawn = []; // the charts on the page
  var PRINT_WIDTH = 640; // CSS pixels: about 170 mm, the width of an A4 page inside its margins

  var palette = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#546e7a'];

  function narrow(element) {
    return element.clientWidth < 360;
  }

  function cartesian(data, element, horizontal) {
    // horizontal bars list the categories top down, in the order of the data table
    var categories = { type: 'category', data: data.labels, inverse: horizontal, axisTick: { alignWithLabel: true },
      axisLabel: horizontal ? { width: narrow(element) ? 72 : 120, overflow: 'truncate' } : { hideOverlap: true } };
    var values = { type: 'value', minInterval: 1 };
    return {
      color: palette,
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: data.series.map(function (s) {
        return { name: s.name, type: data.kind, data: s.values, smooth: data.kind === 'line', barMaxWidth: 24 };
      })
    };
  }

  function pie(data, element) {
    var s = data.series[0];
    return {
      color: palette,
      tooltip: { trigger: 'item', confine: true },
      // on a phone every category stays in view: the legend wraps onto lines under a smaller pie instead of paging
      legend: narrow(element) ? { bottom: 0, type: 'plain', itemGap: 8, itemWidth: 14, textStyle: { fontSize: 11 } }
        : { bottom: 0, type: 'scroll' },
      series: [{
        name: s.name, type: 'pie', radius: narrow(element) ? ['24%', '46%'] : ['35%', '65%'],
        center: narrow(element) ? ['50%', '36%'] : ['50%', '45%'],
        label: { formatter: narrow(element) ? '{c}' : '{b}\n{c}' },
        data: data.labels.map(function (label, i) { return { name: label, value: s.values[i] }; })
      }]
    };
  }

  function option(data, element) {
    if (data.kind === 'pie') {
      return pie(data, element);
    }
    return cartesian(data, element, data.kind === 'bar');
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return; // the data tables below each chart carry the same numbers
    }
    var charts = [];
    document.querySelectorAll('.dashboard-chart[data-source]').forEach(function (element) {
      var source = document.getElementById(element.getAttribute('data-source'));
      if (!source) {
        return;
      }
      var data = JSON.parse(source.textContent);
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option(data, element));
      charts.push({ chart: chart, data: data, element: element });
      drawn.push(chart);
    });
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        charts.forEach(function (c) {
          c.chart.setOption(option(c.data, c.element), { notMerge: true });
          c.chart.resize();
        });
      }, 100);
    });
  }

  // On paper every data table is shown, closed or not (CSS does it where the browser supports ::details-content),
  // and each chart is drawn at a width that fits an A4 page (about 170 mm), then back to the screen's.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    drawn.forEach(function (chart) { chart.resize({ width: PRINT_WIDTH }); });
    closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll('details.dashboard-data'), function (d) {
      return !d.open;
    });
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    drawn.forEach(function (chart) { chart.resize({ width: 'auto' }); });
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
