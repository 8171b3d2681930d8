// The catalog administrator's pages: forms with data-api are posted to the catalog's API
// (with the session's CSRF token), then the page shows the result (package org.sanxiang.catalogadmin).
document.querySelectorAll('form[data-api]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var out = form.querySelector('.result');
    var token = document.querySelector('meta[name="csrf-token"]').content;
    var headers = token ? { 'X-XSRF-TOKEN': token } : {};
    var body;
    if (form.enctype === 'multipart/form-data') {
      body = new FormData(form);
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(Object.fromEntries(new FormData(form)));
    }
    out.textContent = '正在处理……';
    fetch(form.dataset.api, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            out.textContent = json.error || ('操作失败（' + response.status + '）');
            out.className = 'result error';
            return;
          }
          location.href = form.dataset.next.replace('{id}', json.id).replace('{version}', json.version);
        });
      })
      .catch(function () { out.textContent = '网络错误，请重试。'; out.className = 'result error'; });
  });
});
