// bottleneck ships types for its main entry only; the light build (no clustering) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
