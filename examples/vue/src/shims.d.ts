// Single-file components, for `tsc`: their templates are checked by vue-tsc, not by tsc.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
