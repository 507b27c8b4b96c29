"use client";

/** A submit button that asks first, for actions that take something away. */
export function ConfirmButton({
  question,
  className,
  children,
  ...rest
}: { question: string } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      className={className}
      onClick={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
