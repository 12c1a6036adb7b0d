import { RouterProvider, type DataRouter } from 'react-router-dom'

import { AppProvider } from './provider'

export function App({ router }: { router: DataRouter }) {
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
