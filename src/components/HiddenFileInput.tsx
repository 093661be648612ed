/**
 * The hidden file picker behind a button (打开草稿, 从文件开始新一年度, 从表格导入): one file, handed
 * over once, and the input cleared so choosing the same file again still fires.
 */
import type { RefObject } from 'react';

export function HiddenFileInput({
  inputRef,
  accept,
  label,
  testId,
  onFile,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  label: string;
  testId?: string;
  onFile(file: File): void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
