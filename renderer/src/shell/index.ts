// The window-level frame: the providers, the route and its address, and the project workspace with its tabs.
export { App } from './App';
