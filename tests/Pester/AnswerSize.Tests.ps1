BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'An API answer larger than any Imgur sends' {
    BeforeAll {
        # A server on 127.0.0.1 that answers every request with a 200 announcing 1.5 GB, sends a little of it and
        # waits; it serves at most three connections and stops by itself after a minute.
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $baseUri = "http://127.0.0.1:$($listener.LocalEndpoint.Port)/"
        $server = Start-ThreadJob -ArgumentList $listener -ScriptBlock {
            param($listener)
            $served = 0
            $until = [DateTime]::UtcNow.AddMinutes(1)
            while ($served -lt 3 -and [DateTime]::UtcNow -lt $until) {
                try {
                    $accept = $listener.AcceptTcpClientAsync()
                    while (-not $accept.Wait(1000) -and [DateTime]::UtcNow -lt $until) { }
                    $client = $accept.Result
                }
                catch { break } # the test stopped the listener
                $served++
                try {
                    $stream = $client.GetStream()
                    $reader = [System.IO.StreamReader]::new($stream, [System.Text.Encoding]::ASCII, $false, 1024, $true)
                    while ($reader.ReadLine()) { }
                    $head = [System.Text.Encoding]::ASCII.GetBytes("HTTP/1.1 200 OK`r`nContent-Type: application/json`r`nContent-Length: 1500000000`r`n`r`n{`"data`":[")
                    $stream.Write($head, 0, $head.Length)
                    $stream.Flush()
                    Start-Sleep -Seconds 2
                }
                catch { }
                finally { $client.Close() }
            }
            $served
        }
    }

    AfterAll {
        $listener.Stop()
        $server | Wait-Job -Timeout 70 | Remove-Job -Force
    }

    It 'is refused as ImgurAnswerTooLarge, naming the limit and the request, and is not retried' {
        $failure = { Connect-Imgur -ClientId 'answer-size-client-id' -BaseUri $baseUri } |
            Should -Throw -ErrorId 'ImgurAnswerTooLarge,ImgurPS.Commands.Connection.ConnectImgurCommand' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'InvalidResult'
        $failure.Exception | Should -BeOfType ([ImgurPS.Client.ImgurAnswerTooLargeException])
        $failure.ToString() | Should -BeLike '*GET /3/credits.json is larger than 64 MB*not behaving like Imgur*'
        $failure.ErrorDetails.RecommendedAction | Should -BeLike '*-BaseUri*'
        $listener.Stop()
        $server | Wait-Job -Timeout 70 | Receive-Job | Should -Be 1
    }
}
