// The case-file page's upload: sends the form to the REST API (with the session's CSRF token when logged
// in through Tasklist), then reloads the page; a refusal shows its Chinese message.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload');
  if (!form) {
    return;
  }
  var message = document.getElementById('upload-message');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    if (!data.get('supersedes')) {
      data.delete('supersedes');
    }
    var headers = { 'X-Requested-With': 'XMLHttpRequest' };
    var token = document.querySelector('meta[name="csrf-token"]');
    if (token) {
      headers['X-XSRF-TOKEN'] = token.getAttribute('content');
    }
    message.textContent = '正在上传……';
    document.getElementById('upload-submit').disabled = true;
    fetch(form.action, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          window.location.reload();
          return null;
        }
        return response.json().then(function (body) {
          message.textContent = '上传未成功：' + (body && body.error ? body.error : '服务器拒绝了请求（' + response.status + '）。');
        }, function () {
          message.textContent = '上传未成功：服务器拒绝了请求（' + response.status + '）。';
        });
      }, function () {
        message.textContent = '上传未成功：无法连接服务器。';
      })
      .finally(function () {
        document.getElementById('upload-submit').disabled = false;
      });
  });
});
