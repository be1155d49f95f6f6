import { useEffect, useRef, useState } from "react";

/** Whether an inline editor is open; closing it gives the focus back to the button that opened it (`editButton`). */
export function useEditing() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the editor: the keyboard user continues from the button that opened it.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return { editing, setEditing, editButton };
}
