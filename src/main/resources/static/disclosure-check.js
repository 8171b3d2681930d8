// The discloser's check of a redaction (package org.sanxiang.disclosure, RedactionCheckPage): each form
// posts its fields as JSON (with the session's CSRF token); on success the page shows the new state.
document.querySelectorAll('form[data-api]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var out = form.querySelector('.result');
    var token = document.querySelector('meta[name="csrf-token"]').content;
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    out.textContent = '正在处理……';
    fetch(form.dataset.api, { method: 'POST', headers: headers, body: JSON.stringify(Object.fromEntries(new FormData(form))),
      credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            out.textContent = json.error || ('操作失败（' + response.status + '）');
            out.className = 'result error';
            return;
          }
          location.reload();
        });
      })
      .catch(function () { out.textContent = '网络错误，请重试。'; out.className = 'result error'; });
  });
});
