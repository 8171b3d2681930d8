// 执法监督: draws each figure of /api/supervision/summary as a chart; a click on a bar, a slice or an
// item lists the figure's cases (links to /cases/{案号}); the warnings (线索) link to their cases.
(function () {
  'use strict';
  const PIE = ['DISCLOSURE', 'RECORDING'];
  const charts = {};
  window.dashboardCharts = charts;

  function query() {
    const params = new URLSearchParams();
    ['from', 'to', 'category', 'unit'].forEach(id => {
      const value = document.getElementById(id).value;
      if (value) { params.set(id, value); }
    });
    return params.toString();
  }

  function get(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(r =>
      r.json().then(body => { if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); } return body; }));
  }

  function text(tag, value) {
    const element = document.createElement(tag);
    element.textContent = value;
    return element;
  }

  function showCases(title, url) {
    get(url).then(body => {
      document.getElementById('case-list-title').textContent = '案件清单：' + title + '（' + body.cases.length + ' 件）';
      const list = document.getElementById('case-items');
      list.replaceChildren();
      body.cases.forEach(c => {
        const item = document.createElement('li');
        const link = text('a', c.caseNumber + ' ' + c.title);
        link.href = c.link;
        link.className = 'case-link';
        item.appendChild(link);
        list.appendChild(item);
      });
    }, failed);
  }

  function draw(figure) {
    const element = document.getElementById('chart-' + figure.id);
    const chart = echarts.init(element);
    charts[figure.id] = chart;
    const labels = figure.items.map(i => i.label);
    const counts = figure.items.map(i => i.count);
    const series = PIE.includes(figure.id)
      ? {type: 'pie', radius: '60%', data: figure.items.map(i => ({name: i.label, value: i.count}))}
      : {type: 'bar', data: counts, label: {show: true, position: 'right'}};
    chart.setOption({
      tooltip: {},
      grid: {left: 150, right: 40, top: 10, bottom: 20},
      xAxis: PIE.includes(figure.id) ? undefined : {type: 'value', minInterval: 1},
      yAxis: PIE.includes(figure.id) ? undefined : {type: 'category', data: labels, axisLabel: {width: 140, overflow: 'truncate'}},
      series: [series]
    });
    chart.on('click', params => {
      const item = figure.items[params.dataIndex];
      showCases(figure.title + ' · ' + item.label, item.cases);
    });
    const list = document.querySelector('#figure-' + figure.id + ' .items');
    list.replaceChildren();
    figure.items.forEach(i => {
      const entry = document.createElement('li');
      const link = text('a', i.label + '：' + i.count);
      link.className = 'figure-item';
      link.dataset.key = i.key;
      link.dataset.count = i.count;
      link.addEventListener('click', () => showCases(figure.title + ' · ' + i.label, i.cases));
      entry.appendChild(link);
      list.appendChild(entry);
    });
  }

  function failed(error) {
    const element = document.getElementById('error');
    element.textContent = '无法读取统计数据：' + error.message;
    element.hidden = false;
  }

  function percent(value) {
    return value === null || value === undefined ? '—' : value + '%';
  }

  get('/api/supervision/summary?' + query()).then(summary => {
    summary.figures.forEach(draw);
    document.getElementById('review-count').textContent = summary.reviewTime.reviews;
    document.getElementById('review-average').textContent = summary.reviewTime.averageWorkingDays;
    document.getElementById('review-longest').textContent = summary.reviewTime.longestWorkingDays;
    document.getElementById('disclosure-rate').textContent = percent(summary.disclosure.onTimePercent);
    document.getElementById('recording-rate').textContent = percent(summary.recording.onTimePercent);
    document.body.dataset.loaded = 'summary';
  }, failed).then(() => get('/api/supervision/warnings')).then(body => {
    const list = document.getElementById('warning-list');
    body.warnings.forEach(w => {
      const item = document.createElement('li');
      item.className = 'warning';
      item.appendChild(text('b', w.ruleLabel + '：'));
      const link = text('a', w.caseNumber + ' ' + w.caseTitle);
      link.href = w.link;
      item.appendChild(link);
      item.appendChild(text('span', ' —— ' + w.reason));
      list.appendChild(item);
    });
    if (body.warnings.length === 0) { list.appendChild(text('li', '暂无线索。')); }
    document.body.dataset.loaded = 'all';
  }, failed);
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
}());
