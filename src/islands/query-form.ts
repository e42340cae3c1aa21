// Shared by the search and explain islands: a form whose field mirrors one URL query parameter.
// The field starts from `?param=`, every edit (debounced) updates the URL without a reload so the
// result can be shared, and submitting runs at once instead of navigating.
export function bindQueryForm(
  form: HTMLFormElement,
  field: HTMLInputElement | HTMLTextAreaElement,
  param: string,
  run: (value: string) => void,
  delayMs = 120,
): string {
  const initial = new URLSearchParams(location.search).get(param) ?? '';
  field.value = initial;
  let timer: number | undefined;
  field.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set(param, field.value);
      history.replaceState(null, '', url);
      run(field.value);
    }, delayMs);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(field.value);
  });
  run(initial);
  return initial;
}
