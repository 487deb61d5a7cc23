// Types for the OpenCC dictionary modules search imports one by one (the package types only its entry points).
declare module 'opencc-js/from/tw' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
declare module 'opencc-js/to/cn' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const dict: string;
  export default dict;
}
