// The start screen: the evaluation projects, new ones from the built-in plan or a plan spreadsheet, project copies.
export { StartScreen } from './StartScreen';
