// The main-process end of the bridge: one handler per channel of shared/ipc.ts, each behind the same gate
// (the sender must be our window's main frame on app://planeval, and the request must be well-formed).
import { app, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { bilingual } from '../shared/base';
import { IPC_CHANNELS, type IpcChannel, type IpcChannels } from '../shared/ipc';
import { openFiles, printToPdf, saveFile } from './dialogs';
import { senderRejection, type SenderFacts } from './security/sender';
import { parseRequest } from './security/validate-request';

type ChannelHandler<C extends IpcChannel> = (
  request: IpcChannels[C]['request'],
  window: BrowserWindow,
) => Promise<IpcChannels[C]['response']>;

const HANDLERS: { [C in IpcChannel]: ChannelHandler<C> } = {
  'dialog:open-files': openFiles,
  'dialog:save-file': saveFile,
  'print:to-pdf': printToPdf,
  'app:info': async () => ({ version: app.getVersion(), platform: 'electron' }),
};

function senderFacts(event: IpcMainInvokeEvent, window: BrowserWindow | null): SenderFacts {
  const contents = window !== null && !window.isDestroyed() ? window.webContents : null;
  const frame = event.senderFrame;
  if (frame === null || frame.isDestroyed()) return { frameUrl: null, fromOurWindow: false, isMainFrame: false };
  const main = contents?.mainFrame;
  return {
    frameUrl: frame.url,
    fromOurWindow: contents !== null && event.sender.id === contents.id,
    isMainFrame:
      main !== undefined && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
  };
}

/** Answers `channel` only for a trusted sender and a valid request; anything else is refused with the reason. */
function handleTrusted<C extends IpcChannel>(channel: C, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    const window = getWindow();
    const rejection = senderRejection(senderFacts(event, window));
    if (rejection !== null || window === null) {
      throw new Error(`${bilingual('desktop.ipc.refused', { channel })}: ${rejection ?? 'no PlanEval window'}`);
    }
    return HANDLERS[channel](parseRequest(channel, payload), window);
  });
}

/** Registers every channel of IPC_CHANNELS, answering messages from the window `getWindow` returns. */
export function registerIpcHandlers(getWindow: () => BrowserWindow | null): void {
  for (const channel of IPC_CHANNELS) handleTrusted(channel, getWindow);
}
