// An area that accepts dropped files and a button that opens the file dialog; both lead to onFiles.
import { useState, type DragEvent, type ReactNode } from 'react';
import { bridge } from '@platform/bridge';
import type { FileFilter, OpenedFile } from '../../../shared/ipc';
import { readFiles } from '../../platform/read-files';
import { useToast } from '../services';

export interface FileDropZoneProps {
  /** Shown inside the area, e.g. "把规划表拖到这里". */
  hint: string;
  buttonLabel: string;
  dialogTitle: string;
  filters: FileFilter[];
  multiple?: boolean;
  onFiles(files: OpenedFile[]): void | Promise<void>;
  children?: ReactNode;
}

/** Drop files here or choose them with the button. */
export function FileDropZone({ hint, buttonLabel, dialogTitle, filters, multiple, onFiles, children }: FileDropZoneProps) {
  const { reportError } = useToast();
  const [over, setOver] = useState(false);
  const deliver = async (files: OpenedFile[]) => {
    if (files.length > 0) await onFiles(multiple ? files : files.slice(0, 1));
  };
  const choose = () => bridge.openFiles({ title: dialogTitle, filters, multiple }).then(deliver).catch(reportError);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    readFiles(event.dataTransfer.files).then(deliver).catch(reportError);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Moving onto a child element also fires dragleave; only leaving the area itself counts.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <p className="drop-zone-hint">{hint}</p>
      <button type="button" className="button" onClick={choose}>
        {buttonLabel}
      </button>
      {children}
    </div>
  );
}
