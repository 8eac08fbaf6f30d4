export { RetortError } from "./util/errors.js";
