// Shared by the search and explain islands: a form whose field mirrors one URL query parameter.
// The field starts from `?param=` (or from what the reader typed before the script arrived), every edit (debounced) updates the URL without a reload so the
// result can be shared, and submitting runs at once instead of navigating.
export function bindQueryForm(
  form: HTMLFormElement,
  field: HTMLInputElement | HTMLTextAreaElement,
  param: string,
  run: (value: string) => void,
  delayMs = 120,
): string {
  const fromUrl = new URLSearchParams(location.search).get(param) ?? '';
  // The page is static, so a field that already holds text when this runs holds what the reader
  // typed before the script arrived (or what the browser restored): that text wins over the URL.
  const typed = field.value;
  const initial = typed !== '' ? typed : fromUrl;
  field.value = initial;
  const mirror = (value: string) => {
    const url = new URL(location.href);
    url.searchParams.set(param, value);
    history.replaceState(null, '', url);
  };
  if (initial !== fromUrl) mirror(initial);
  let timer: number | undefined;
  field.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      mirror(field.value);
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
