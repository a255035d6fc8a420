// The shell's own calls to the sandbox server (producer list, record pages, sample users, reset): what Lightning's
// list views, record pages and login would give on the platform.
async function request(method, path, body) {
  const response = await fetch(`/api/sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const data = await response.json();
  if (!response.ok) {
    throw new Error(data?.message ?? `${method} ${path}: ${response.status}`);
  }
  return data;
}

export const getProducers = () => request('GET', 'producers');
export const getRecordPage = (id) => request('GET', `records/${encodeURIComponent(id)}`);
export const switchUser = (key) => request('POST', 'session', { user: key });
export const resetSampleData = () => request('POST', 'reset', {});
