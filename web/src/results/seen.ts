import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/**
 * True from the first moment the element is in the viewport while `active`, and for good: a dashboard panel below
 * the charts asks the server only once the charts are drawn (`active`) and a person can see it, so its request never
 * competes with the charts' (issue 14). Not watched before `active`: an empty page would show every panel at once.
 */
export function useSeen(element: Ref<HTMLElement | null>, active: Ref<boolean>): Ref<boolean> {
  const seen = ref(typeof IntersectionObserver === 'undefined');
  let observer: IntersectionObserver | null = null;
  const stop = () => {
    observer?.disconnect();
    observer = null;
  };
  watch(
    [element, active],
    ([el, on]) => {
      stop();
      if (!el || !on || seen.value) return;
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.value = true;
        stop();
      });
      observer.observe(el);
    },
    { flush: 'post', immediate: true },
  );
  onBeforeUnmount(stop);
  return seen;
}
