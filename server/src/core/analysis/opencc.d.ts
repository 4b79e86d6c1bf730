// The dictionary modules of opencc-js ship without type declarations: each default-exports one
// dictionary as `"from to|from to|…"`.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
