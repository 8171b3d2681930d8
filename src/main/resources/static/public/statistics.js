// 年度行政执法数据: charts of the published statistics, drawn from the public JSON (no login, no cookies).
(function () {
  'use strict';
  const year = document.body.dataset.year;
  const charts = {};
  window.statisticsCharts = charts;

  function bar(id, labels, values) {
    const chart = echarts.init(document.getElementById(id));
    chart.setOption({
      tooltip: {},
      grid: {left: 160, right: 40, top: 10, bottom: 20},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: labels},
      series: [{type: 'bar', data: values, label: {show: true, position: 'right'}}]
    });
    charts[id] = chart;
  }

  fetch('/api/public/statistics/' + year, {credentials: 'omit', headers: {'Accept': 'application/json'}})
    .then(r => r.json()).then(body => {
      const s = body.statistics;
      bar('chart-categories', s.categories.map(c => c.label), s.categories.map(c => c.cases));
      const outcomes = [];
      s.reviews.byLevel.forEach(l => l.outcomes.forEach(o => outcomes.push({label: l.label + '：' + o.label, n: o.reviews})));
      bar('chart-reviews', outcomes.map(o => o.label), outcomes.map(o => o.n));
      bar('chart-deadlines', ['按期公示', '逾期公示', '逾期未公示', '音像记录按时', '音像记录逾期', '音像记录缺失'],
        [s.disclosures.onTime, s.disclosures.late, s.disclosures.overdue, s.recordings.onTime, s.recordings.late, s.recordings.overdue]);
      document.body.dataset.loaded = 'true';
    });
}());
